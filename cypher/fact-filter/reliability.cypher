// The best grade among the fact's documents, as merged from its evidence.
coalesce({{r}}.reliability, 'F')

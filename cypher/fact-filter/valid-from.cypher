// The first day the fact holds, as merged from its evidence: '' when its start is open.
coalesce({{r}}.validFrom_start, '')

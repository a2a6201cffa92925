// How many documents state the fact, as merged from its evidence.
coalesce({{r}}.sourceCount, 1)

// The last day the fact holds, as merged from its evidence: '9999' when its end is open.
coalesce({{r}}.validTo_end, '9999')

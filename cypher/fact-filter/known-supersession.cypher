// Under knownAsOf, a supersession the graph learnt after $knownAsOf{{p}} does not count.
OR {{r}}.supersededRecordedAt > $knownAsOf{{p}}

// Benchmark floor: a company's executives with their titles, and each one's positions.
MATCH (c:Company {id: $id})<-[p:HOLDS_POSITION]-(person:Person)
CALL (person) {
  MATCH (person)-[q:HOLDS_POSITION]->(employer:Company)
  RETURN collect({title: q.title, company: employer.name}) AS positions
}
RETURN c.name AS company, collect({title: p.title, person: person.name, positions: positions}) AS executives

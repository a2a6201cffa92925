// Benchmark floor, query 2: a company's name, its executives (HOLDS_POSITION in) with their titles,
// and each executive's positions (HOLDS_POSITION out) with the title and the employer's name. Each
// list in the order and with the per-list limit ($limit) that the API's relationship fields use. No
// label test: the model has HOLDS_POSITION only from Person to Company, and the API tests none either.
// PROFILE (`npm run bench -- --profile`), 2026-12-02, on top of commit 0e41175, on the scale-1 graph
// with the seed articles (112079 nodes, 343206 relationships):
//   company:syn-50: 629 db hits, 1 row.
MATCH (c:Company {id: $id})
CALL (c) {
  MATCH (c)<-[p:HOLDS_POSITION]-(person)
  WITH p, person
  ORDER BY person.nameKey, p.id
  LIMIT toInteger($limit)
  CALL (person) {
    MATCH (person)-[q:HOLDS_POSITION]->(employer)
    WITH q, employer
    ORDER BY employer.nameKey, q.id
    LIMIT toInteger($limit)
    RETURN collect({title: q.title, company: {name: employer.name}}) AS positions
  }
  RETURN collect({title: p.title, person: {name: person.name, positions: positions}}) AS executives
}
RETURN c.name AS name, executives

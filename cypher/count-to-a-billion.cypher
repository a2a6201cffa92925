// A deliberately long read (it counts to a billion), for the test that proves transaction timeouts
// cut runaway queries. Nothing in the product runs it.
UNWIND range(1, 1000000000) AS i
WITH i WHERE i < 0
RETURN count(i) AS found

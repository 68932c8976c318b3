// autocannon ships no types and the bench uses a little of it: the module as untyped (scripts/bench.ts checks what it reads)
declare module 'autocannon';

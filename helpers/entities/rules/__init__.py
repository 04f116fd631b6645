"""The entity rules, one module each; :mod:`helpers.entities.pipeline` applies them in a declared order.

Each module says what its rule recognises and offers some of these steps:

- ``phrases()``: the words and phrases the rule adds to the lexicon a sentence is cut with;
- ``claim(units, lang, rules, aliases, out)``: mentions it finds in one sentence;
- ``name(candidate)``: a person's name among the capitalised runs no rule claimed (first pass);
- ``label(candidate, rules, parts)``: a label for a run still unlabelled, once the article is read
  (second pass; ``parts`` are the words its people may be called by alone);
- article- and corpus-wide steps (``resolve``).
"""

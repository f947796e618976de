"""Named-entity tagging of Indonesian news: a CRF trained by the project from the shared corpora.

- `tagger`: `NerTagger` (load once, pass down), `bio_spans`, `entities` -- the API other stages use.
- `train`: `warta train-ner`; `cli`: `warta train-ner` and `warta eval-ner`.
- `corpora` (readers, label mapping), `features`, `gazetteer`, `clusters` (CLICK-ID word
  statistics), `spans`, `evaluate` (conlleval-style entity P/R/F1).
"""

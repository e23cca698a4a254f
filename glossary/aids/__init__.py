"""Translation aids: reads of a termbase that help with the next document.

``annotation`` finds known terms in a text, ``check`` reports inconsistent
renderings, ``suggestions`` proposes Korean for a new Chinese term. They read
a termbase through :class:`~glossary.model.TermbaseReader` and never write.
"""

"""Search, in one place.

- text: how typed words become a query; the theme vocabulary, suggestions, crisis words
- index: what a group's search vector and stored facts hold, and writing them
- engine: the page's SQL: candidates counted, filtered and sorted in one statement
- facets: every filter declared once (Facet): its parameter, SQL, ORM test, choices, panel
- filters: the request's parameters (GroupFilterSet, generated from the facets)
- page: SearchPage, the page's parts as methods
- views: the thin views (search page, autocomplete)
"""

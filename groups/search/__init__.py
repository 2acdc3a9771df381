"""Search, in one place.

- text: how typed words become a query; the theme vocabulary, suggestions, crisis words
- index: what a group's search vector and stored facts hold, and writing them
- engine: the page's SQL: candidates counted, filtered and sorted in one statement
- filters: the request's parameters (GroupFilterSet)
- views: the search page
"""

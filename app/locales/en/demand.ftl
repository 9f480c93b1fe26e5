demand-title = What readers look for
demand-intro = Searches of the last 30 days: the queries that found nothing, and those whose results few readers opened. Turn a query into a call for cases, or tell search that two expressions mean the same. The log keeps no address and no account, only what was typed, the language, the filters, the number of results and the rank of the result opened; searches are deleted after 180 days.
demand-filter-lang = Language
demand-filter-facet = Narrowed by
demand-filter-all = All
demand-filter-apply = Show
demand-searches = { $count ->
    [one] One search in the last 30 days.
   *[other] { $count } searches in the last 30 days.
}
demand-trend = Searches by week
demand-week = Week from
demand-col-query = Query
demand-col-lang = Language
demand-col-facet = Narrowed by
demand-col-searches = Searches
demand-col-zero = Found nothing
demand-col-readers = Readers
demand-col-opened = Results opened
demand-col-trend = Last 7 days / 7 before
demand-col-act = Act
demand-trend-value = { $recent } / { $before }
demand-zero-title = Searches that found nothing
demand-low-title = Searches whose results were seldom opened
demand-none = Nothing yet.
demand-act-title = Act on a query
demand-call-title = Make a call for cases
demand-field-topic = Topic
demand-topic-hint = What cases are wanted about, in a few words.
demand-make-call = Call for cases
demand-make-call-for = Make a call for cases about “{ $query }”
demand-synonym-title = Add a synonym
demand-field-query = Query
demand-field-synonyms = Means the same as
demand-synonyms-hint = One or more expressions, separated by commas. Search finds them all from now on.
demand-add-synonym = Add the synonym
demand-synonym-added = The synonym is added; search uses it from now on.
demand-calls-title = Calls for cases
demand-synonyms-list = Synonyms editors added
demand-no-calls = No call for cases yet.
demand-answers = { $count ->
    [0] no answer yet
    [one] one case draft answers it
   *[other] { $count } case drafts answer it
}
demand-call-heading = We are looking for cases about “{ $topic }”
demand-call-since = Call made on { $date }
demand-call-body = Readers of the hub look for experience on this topic and do not find it yet. If your institution has done something about it, share it as a case: what the problem was, what you did, what came of it and what others can reuse.
demand-answer = Answer with a case
demand-answer-hint = This starts a case draft of yours that answers the call. You complete it at your own pace; editors review it before it is published.
demand-back-to-library = Back to the case library
demand-library-calls = We are looking for cases about
demand-library-wanted = What people look for
demand-library-wanted-intro = Searches many different readers made in the last 30 days.
demand-draft-title = Case about { $topic }
demand-draft-summary = A case about { $topic }, in answer to the hub's call for cases.
demand-error-topic = Say in a few words what cases are wanted about.
demand-error-synonyms = Give at least one expression that means the same as the query.

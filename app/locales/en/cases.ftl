## The good-practice use-case library

nav-cases = Use cases
kind-case = Use case
facet-level = Level of government
facet-theme = Theme
facet-stage = Maturity stage
facet-evidence = Evidence level
facet-org = Organisation

cases-title = Good-practice use cases
cases-lead = Concrete cases of digital capacity building from governments and their partners, so that administrations can learn from each other. Narrow them down by topic, place, maturity and evidence.
cases-feed = Feed of new cases
cases-world-link = Cases by region and country
cases-export-csv = Download as CSV
cases-export-json = Download as JSON
cases-search = Search the cases
cases-sort-completeness = Most complete first

case-facts = Facts
case-fact-countries = Countries
case-fact-organisations = Organisations
case-fact-level = Level of government
case-fact-dates = Timeline
case-fact-stage = Maturity stage
case-fact-evidence = Evidence level
case-fact-cost = Cost
case-fact-licence = Licence
case-fact-contact = Contact
case-fact-links = Links
case-fact-published = Published
case-fact-updated = Updated
case-since = since { $date }
case-until = until { $date }
case-lineage = Replication
case-adapted-from = This case adapted
case-adapted-by = { $count ->
    [one] Adapted by one case
   *[other] Adapted by { $count } cases
}
case-related = Related cases
case-no-sections = This case has only its summary so far.
case-completeness = Completeness: { $score } %

case-section-problem = Problem and context
case-section-solution = What was done
case-section-technologies = Technologies used
case-section-results = Results
case-section-lessons = Lessons learned
case-section-transfer = What it takes to transfer

case-stage-concept = Concept
case-stage-pilot = Pilot
case-stage-implementation = Being implemented
case-stage-scaled = Scaled up
case-stage-institutionalised = Institutionalised
case-stage-discontinued = Discontinued

case-evidence-anecdotal = Anecdotal
case-evidence-monitored = Monitored
case-evidence-evaluated = Evaluated
case-evidence-independently-evaluated = Independently evaluated

case-cost-under-10k = Under US$10,000
case-cost-10k-100k = US$10,000 to 100,000
case-cost-100k-1m = US$100,000 to 1 million
case-cost-over-1m = Over US$1 million

cases-world-title = Use cases around the world
cases-world-lead = How many published cases each region and country has. Select a region or a country to see its cases.
cases-world-summary = { $total } cases in all; { $without } of them name no country. A case that names several countries of a region counts once for the region.
cases-world-chart = Published use cases by region
cases-world-countries = Countries of { $region } and their cases
cases-world-count = Cases

case-error-required = This is required.
case-error-slug = “{ $value }” is not a slug: use lower-case letters, digits and single hyphens.
case-error-too-long = This is too long.
case-error-lang = “{ $value }” is not a language code such as en, fr or es.
case-error-evidence = “{ $value }” is not an evidence level: use anecdotal, monitored, evaluated or independently-evaluated.
case-error-stage = “{ $value }” is not a maturity stage: use concept, pilot, implementation, scaled, institutionalised or discontinued.
case-error-cost-band = “{ $value }” is not a cost band: use under-10k, 10k-100k, 100k-1m or over-1m.
case-error-date = “{ $value }” is not a date written as YYYY-MM-DD.
case-error-ends-before-start = The end date is before the start date.
case-error-too-many = There are too many of these (at most 20).
case-error-link = “{ $value }” is not a web address starting with http:// or https://.
case-error-adapted-from = “{ $value }” is not the slug of a case.
case-error-adapted-from-self = A case cannot adapt itself.
case-error-adapted-from-nowhere = No case “{ $value }” exists in the library or in this file, or it goes round in a circle.
case-error-unknown-domain = “{ $value }” is not a competency domain.
case-error-unknown-wsis = “{ $value }” is not a WSIS action line (C1 to C11).
case-error-unknown-sdg = “{ $value }” is not an SDG number (1 to 17).
case-error-unknown-country = “{ $value }” is not a country we know.
case-error-unknown-level = “{ $value }” is not a level of government.
case-error-unknown-theme = “{ $value }” is not a theme.

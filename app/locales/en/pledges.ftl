# Pledges: commitments to build civil servants' capabilities, and their progress.

nav-pledges = Pledges
kind-pledge = Pledge

pledges-title = Pledges
pledges-lead = Commitments by countries and organisations to build civil servants' capabilities for digital transformation, with their milestones and yearly progress reports.
pledges-count = { $count ->
    [one] One pledge
   *[other] { $count } pledges
}
pledges-none = No pledge matches these filters yet.
pledges-facets = Narrow the pledges
pledges-feed = Feed of new pledges and reports
pledges-export-csv = Export (CSV)
pledges-export-json = Export (JSON)
pledges-new = Make a pledge
pledges-waiting = Pledges waiting for review
pledges-facet-status = Status
pledges-facet-freshness = Reporting
pledges-facet-region = Pledger's region
pledges-facet-group = Stakeholder group
pledges-status-active = Under way
pledges-status-completed = Completed
pledges-status-withdrawn = Withdrawn

pledges-world-link = Pledges around the world
pledges-world-title = Pledges around the world
pledges-world-lead = How many published pledges come from each region and country, by the pledger's country.
pledges-world-summary = { $total } published pledges; { $without } of them from pledgers that state no country.
pledges-world-chart = Published pledges by region
pledges-world-countries = Pledges by country in { $region }
pledges-world-count = Pledges

pledges-notice-pledge-saved = Your pledge is saved as a draft.
pledges-notice-pledge-submitted = Your pledge is sent to the editors for review.
pledges-notice-pledge-status-changed = The pledge's review status has changed.
pledges-notice-pledge-milestone-added = The plan item is now a milestone of this pledge.
pledges-notice-pledge-report-filed = Your progress report is published below.
pledges-notice-pledge-assessed = Your assessment is published under the report.
pledges-notice-pledge-replied = Your reply is published under the assessment.
pledges-notice-pledge-withdrawn = The pledge is withdrawn. It stays on the hub, marked as withdrawn.

pledge-completion-not-started = Not started
pledge-completion-limited = Limited
pledge-completion-substantial = Substantial
pledge-completion-complete = Complete

pledge-freshness-new = New, first report not yet due
pledge-freshness-reported = Reported within the year
pledge-freshness-due = Yearly report due
pledge-freshness-overdue = Report overdue
pledge-freshness-inactive = Inactive: no report for two years

pledge-evidence-event = Event
pledge-evidence-case = Use case
pledge-evidence-cycle = Assessment cycle
pledge-evidence-web = Web page

pledge-progress = Progress
pledge-progress-value = { $value } % done, weighted by milestone
pledge-progress-none = No milestones to measure progress by
pledge-by-date = Target date: { $date }
pledge-withdrawn-on = Withdrawn on { $date }
pledge-next-report = next report due by { $date }
pledge-baseline = Problem and baseline
pledge-assessment-baseline = The organisation's shared self-assessment
pledge-assessment-cycle = Cycle “{ $cycle }”, closing on { $date }, as the organisation shares it.
pledge-assessment-domain = Competency domain
pledge-assessment-score = Score
pledge-assessment-too-few = Too few answers to show
pledge-target = Target
pledge-milestones = Milestones
pledge-milestone = Milestone
pledge-milestone-number = Milestone { $number }
pledge-milestone-due = Due by
pledge-milestone-weight = Weight
pledge-milestone-completion = Completion
pledge-milestone-unweighted = Not weighted
pledge-no-milestones = This pledge has no milestones.
pledge-evidence = Evidence
pledge-reports = Progress reports
pledge-no-reports = No progress report yet.
pledge-report-heading = Report { $number }, { $date }
pledge-report-by = Filed by { $name }
pledge-report-new = File a progress report
pledge-report-file = Publish the report
pledge-assessment = Editor's independent assessment
pledge-assessment-by = By { $name }, { $date }
pledge-assessment-completion = Completion as the evidence shows it
pledge-assess = Assess this report
pledge-assess-save = Publish the assessment
pledge-reply = The pledger's reply
pledge-reply-by = By { $name }, { $date }
pledge-reply-new = Reply to the assessment
pledge-reply-save = Publish the reply
pledge-withdraw = Withdraw this pledge
pledge-withdraw-hint = A withdrawn pledge is never deleted: it stays on the hub with the date and the reason you give.
pledge-withdraw-button = Withdraw the pledge
pledge-facts = About this pledge
pledge-pledger = Pledged by
pledge-place = Country and region
pledge-dates = Dates
pledge-published = Published
pledge-tags = Topics

pledge-new-title = Make a pledge
pledge-view-public = See the published pledge
pledge-read-only = This pledge can no longer be changed here.
pledge-no-organisation = Only an account attached to a member organisation can make a pledge, on behalf of that organisation.
pledge-for-organisation = On behalf of { $name }
pledge-starts = Start date
pledge-ends = Target date
pledge-lang = Language of the text
pledge-hint-commitment = What your organisation commits to do, in a few sentences.
pledge-hint-baseline = Optional: the problem the pledge answers and where things stand today.
pledge-hint-target = What will be true when the pledge is fulfilled, so progress can be judged.
pledge-hint-date = A date as YYYY-MM-DD.
pledge-hint-milestones = Each milestone needs a title and a due date on or before the target date. Weights are optional and need not add up to 100: they are scaled to their sum, and a milestone without a weight counts as much as the average weighted one.
pledge-hint-weight = Optional: a number, zero or more.
pledge-hint-evidence = One link a line: pages of this hub's events (/events/…), use cases (/cases/…) or assessment cycles (/assessment/cycles/…), or web addresses.
pledge-hint-done = What was done since the last report.
pledge-hint-event = The event's address on this hub, such as /events/its-name.
pledge-plan-title = A milestone from an event's plan
pledge-plan-hint = An item of the actionable plan in a published event's outcome record can become a milestone of this pledge.
pledge-plan-add = Add as a milestone

field-commitment = Commitment
field-baseline = Problem and baseline (optional)
field-share-assessment = Show our latest shared self-assessment scores as part of the baseline
field-target = Target
field-evidence-links = Evidence links (optional)
field-milestone = Milestone
field-done = What was done
field-completion = Completion
field-reply = Your reply
field-withdraw-reason = Why the pledge is withdrawn
field-event = Event
field-item = Number of the plan item

pledge-error-no-organisation = Only an account attached to a member organisation can make a pledge.
pledge-error-date = Give a date as YYYY-MM-DD.
pledge-error-ends-before-start = The target date must not be before the start date.
pledge-error-milestone-after-end = A milestone must be due on or before the pledge's target date.
pledge-error-weight-number = A weight must be a number.
pledge-error-weight-negative = A weight cannot be below zero.
pledge-error-weight-large = This weight is too large.
pledge-error-too-many-milestones = A pledge has at most 20 milestones.
pledge-error-too-many-links = Give at most 20 links.
pledge-error-evidence = Each line must be a page of this hub's events, use cases or assessment cycles, or a web address starting with https://.
pledge-error-tags = Choose topics from the lists offered.
pledge-error-language = Choose a language from the list.
pledge-error-milestones-changed = Give the completion of every milestone.
pledge-error-no-event = No published event has this address.
pledge-error-no-plan-item = The event's plan has no item with this number.
pledge-error-translate-own = Only the organisation that made this pledge can translate it.

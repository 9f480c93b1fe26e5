## Events: conferences, forum sessions, webinars, trainings and seminars

nav-events = Events
kind-event = Event

events-title = Events
events-lead = Conferences, forum sessions, webinars, trainings and seminars of the coalition and its members, before they take place and what came out of them afterwards.
events-upcoming = Upcoming
events-past = Past events
events-none-upcoming = No upcoming event matches these filters.
events-facets = Narrow the events
events-calendar = Add these events to your calendar (iCalendar)
events-feed = Feed of new events
events-propose = Propose an event
events-waiting = Proposals waiting for review
events-of-organisation = Events
events-facet-when = When
events-facet-kind = Kind of event
events-facet-format = Format
events-facet-lang = Language
events-facet-region = Region
events-facet-org = Organisation
events-when-upcoming = Upcoming
events-when-past = Past

event-kind-conference = Conference
event-kind-session = Forum session
event-kind-webinar = Webinar
event-kind-training = Training
event-kind-seminar = Seminar
event-format-in-person = In person
event-format-online = Online
event-format-hybrid = In person and online
event-schedule-scheduled = Scheduled
event-schedule-postponed = Postponed
event-schedule-cancelled = Cancelled
event-not-stated = Not stated

event-facts = At a glance
event-fact-when = When
event-fact-kind = Kind
event-fact-format = Format
event-fact-place = Place
event-fact-online = Online room
event-fact-languages = Languages
event-fact-interpretation = Interpretation
event-fact-organisers = Organisers
event-fact-links = Links
event-online-for-registrants = The link is sent to registered participants.
event-your-time = Your time:
event-add-to-calendar = Add to calendar
event-people = Moderators and speakers
event-moderators = Moderators
event-speakers = Speakers
event-agenda = Agenda
event-organise-link = Registrations and outcome record
event-edit-link = Edit the event

event-outcome = Outcome record
event-outcome-key-issues = Key issues discussed
event-outcome-outcomes = Tangible outcomes
event-outcome-plan = Actionable plan
event-outcome-recordings = Recordings
event-outcome-slides = Slides and documents
event-outcome-organisations = Attending organisations
event-outcome-attendance = { $count } people attended.
event-plan-action = Action
event-plan-owner = Who
event-plan-due = By when

event-registration = Registration
event-places = { $left } of { $capacity } places left.
event-registration-closed = Registration is closed.
event-registration-full = The event is full.
event-registration-waitlist = The event is full: you can join the waiting list, and you will have a place as soon as one is freed.
event-registration-moderated = The organiser confirms each registration; you will get an email.
event-registration-privacy = Only the organiser sees your name and email. They are deleted 30 days after the event.
event-register = Register
event-my-registration = Your registration
event-registration-holder = Registration of { $name }.
event-registration-is-pending = It is waiting for the organiser's confirmation.
event-registration-is-accepted = You have a place.
event-registration-is-waitlisted = You are on the waiting list.
event-registration-is-declined = The organiser could not accept it.
event-registration-is-cancelled = It is cancelled.
event-online-room = Online room:
event-cancel-registration = Cancel my registration

event-organise-title = Organising: { $title }
event-registrations = Registrations
event-registrations-none = Nobody has registered yet.
event-registrations-purged = The registrations were deleted after the event.
event-registrations-csv = Download the list (CSV)
event-registration-status = State
event-registration-when = Registered
event-registration-decision = Decision
event-registration-pending = Waiting for confirmation
event-registration-accepted = Has a place
event-registration-waitlisted = On the waiting list
event-registration-declined = Declined
event-registration-cancelled = Cancelled
event-decide-for = Decision on { $name }
event-accept = Accept
event-decline = Decline
event-schedule-title = Cancel or postpone
event-schedule-hint = Everyone registered gets an email, and calendars that imported the event are updated.
event-postpone = Postpone the event
event-cancel = Cancel the event
event-outcome-hint = What came out of the event: one item a line. It is shown on the event's page, found by search and listed on the organisations' pages.
event-outcome-save = Save the outcome record

event-propose-title = Propose an event
event-lang = Language of the description
event-view-public = See the published event
event-read-only = You cannot change this event in its current state.
event-hint-time = In the event's time zone: 2030-05-28T10:00, or a date alone (2030-05-28) when the times are not known.
event-hint-time-zone = A name from the IANA time zone database: Europe/Paris, Africa/Nairobi, America/Bogota, UTC.
event-hint-online-url = Shown only to registered participants who have a place.
event-hint-languages = Language codes, separated by commas: en, fr, es.
event-hint-one-a-line = One a line.
event-hint-agenda = Markdown.
event-hint-links = One a line: label | https://…
event-hint-capacity = Leave empty for no limit.
event-hint-plan = One a line: action | who | date (2030-12-31); who and date may be left out.

field-kind = Kind of event
field-format = Format
field-starts = Starts
field-ends = Ends
field-time-zone = Time zone
field-venue = Venue and room (optional)
field-address = Address (optional)
field-online-url = Online room link (optional)
field-languages = Languages (optional)
field-interpretation = Interpretation (optional)
field-organisers = Organising organisations (optional)
field-moderators = Moderators (optional)
field-speakers = Speakers (optional)
field-agenda = Agenda (optional)
field-registration = People can register on the hub
field-capacity = Capacity (optional)
field-waitlist = Take people on a waiting list when full
field-moderated = Confirm each registration myself
field-key-issues = Key issues discussed
field-outcomes = Tangible outcomes
field-plan = Actionable plan
field-recordings = Recordings
field-slides = Slides and documents
field-attendance = Attendance (optional)
field-attending = Attending organisations

event-error-kind = Choose a kind of event.
event-error-format = Choose a format.
event-error-language = Use language codes such as en or fr.
event-error-url = Give a web address starting with https://.
event-error-link = “{ $value }” is not a web address starting with https://.
event-error-time-zone = “{ $value }” is not a time zone of the IANA database (for example Europe/Paris or UTC).
event-error-time = Write a date and time such as 2030-05-28T10:00, or a date alone.
event-error-mixed-times = Give times for both the start and the end, or dates for both.
event-error-end-before-start = The end must come after the start.
event-error-capacity = The capacity must be a whole number from 1 to 100000.
event-error-capacity-below-accepted = { $value } people already have a place: the capacity cannot be lower.
event-error-tag = “{ $value }” is not a term of the taxonomy.
event-error-plan-action = Each plan item needs an action.
event-error-plan-date = “{ $value }” is not a date such as 2030-12-31.
event-error-attendance = The attendance must be a whole number.
event-error-registration-closed = Registration for this event is closed.
event-error-registration-over = The event has already started: registration is closed.
event-error-full = The event is full and has no waiting list.
event-error-already-registered = This email address is already registered for this event.

events-notice-registration-accepted = You are registered. A confirmation with the event for your calendar is on its way to your email.
events-notice-registration-waitlisted = You are on the waiting list. We will email you as soon as a place is yours.
events-notice-registration-pending = Your registration is waiting for the organiser's confirmation. We will email you.
events-notice-registration-cancelled = Your registration is cancelled.
events-notice-registration-decided = The registrant is told by email.
events-notice-outcome-saved = The outcome record is saved.
events-notice-event-schedule-changed = The event is changed and everyone registered is told by email.
events-notice-event-submitted = Your event is submitted. An editor will review it.
events-notice-event-status-changed = The event's state has changed.
events-notice-draft-saved = Draft saved.

event-mail-accepted-subject = You are registered: { $title }
event-mail-accepted-body = Hello { $name },

    you have a place at “{ $title }”, { $when }.
    The event's page: { $page }
    The event is attached for your calendar.
event-mail-waitlisted-subject = Waiting list: { $title }
event-mail-waitlisted-body = Hello { $name },

    “{ $title }” ({ $when }) is full, and you are on its waiting list. We will email you as soon as a place is yours.
    The event's page: { $page }
event-mail-pending-subject = Registration received: { $title }
event-mail-pending-body = Hello { $name },

    the organiser of “{ $title }” ({ $when }) confirms each registration. We will email you their answer.
    The event's page: { $page }
event-mail-declined-subject = Registration not accepted: { $title }
event-mail-declined-body = Hello { $name },

    the organiser of “{ $title }” ({ $when }) could not accept your registration.
    The event's page: { $page }
event-mail-online = Online room: { $url }
event-mail-manage = Your registration, where you can cancel it: { $link }
event-mail-manage-earlier = To cancel, use the link in your confirmation email.
event-mail-reminder-day-subject = Reminder: { $title }
event-mail-reminder-day-body = Hello { $name },

    a reminder that “{ $title }” is coming up: { $when }.
    The event's page: { $page }
event-mail-reminder-hour-subject = In an hour: { $title }
event-mail-reminder-hour-body = Hello { $name },

    “{ $title }” starts in an hour: { $when }.
    The event's page: { $page }
event-mail-cancelled-subject = Cancelled: { $title }
event-mail-cancelled-body = Hello { $name },

    “{ $title }” ({ $when }) is cancelled. The attached event updates your calendar.
    The event's page: { $page }
event-mail-postponed-subject = Postponed: { $title }
event-mail-postponed-body = Hello { $name },

    “{ $title }” is postponed. We will email you the new time.
    The event's page: { $page }
event-mail-moved-subject = New time: { $title }
event-mail-moved-body = Hello { $name },

    “{ $title }” has a new time: { $when }. The attached event updates your calendar.
    The event's page: { $page }
event-mail-outcome-subject = Outcome record missing: { $title }
event-mail-outcome-body = Hello,

    “{ $title }” took place two weeks ago, and its outcome record (key issues, outcomes, the actionable plan) is not written yet. You can write it here: { $link }

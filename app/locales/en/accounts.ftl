## Accounts, the member directory and the admin pages

nav-members = Members
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-account = Your account
nav-admin = Administration
nav-join = Ask to join

form-problems-title = There is a problem
choose = Choose…
save = Save

field-email = Email address
field-password = Password
field-new-password = New password
field-current-password = Current password
field-name = Full name
field-job-title = Job title (optional)
field-listed = List me on my organisation's public page
field-organisation-name = Organisation name
field-organisation = Organisation
field-group = Stakeholder group
field-country = Country
field-website = Website (optional)
field-motivation = Why do you want to join?
field-description = Short description
field-logo = Logo (optional)
field-role = Role
field-decline-reason = Reason for declining (sent to the contact)
password-hint = At least 12 characters. A few unrelated words make a strong, memorable password.
website-hint = The full address, starting with https://
motivation-hint = A few sentences on your organisation's work on digital capacity in government.
logo-hint = PNG, JPEG, WebP or GIF, up to 2 MB. It is resized to fit 256 × 256 pixels.

error-required = Fill in this field.
error-too-long = This is too long.
error-email = Enter an email address like name@example.org.
error-email-taken = An account with this email address already exists.
error-password-short = Use at least 12 characters.
error-password-long = Use at most 128 characters.
error-password-wrong = Your current password is not right.
error-sign-in-failed = The email address or the password is not right.
error-website = Enter a full web address, starting with https://
error-choose-group = Choose a stakeholder group.
error-choose-role = Choose a role.
error-choose-organisation = Choose an organisation from the list.
error-country-unknown = Choose a country from the list.
error-own-role = You cannot remove your own administrator role.
error-link-unknown = This link is not valid. Check that you copied all of it.
error-link-used = This link has already been used. Each link works only once.
error-link-expired = This link has expired.
error-logo-too-big = The logo is larger than 2 MB.
error-logo-type = The logo must be a PNG, JPEG, WebP or GIF image.
error-logo-unreadable = The logo could not be read as an image.

notice-signed-in = You are signed in.
notice-signed-out = You are signed out.
notice-password-changed = Your password is changed. Every other session was signed out.
notice-profile-saved = Your profile is saved.
notice-session-revoked = That session is signed out.
notice-reset-sent = If an account uses that address, we have sent it a link to choose a new password. The link works for one hour.
notice-join-sent = Thank you. Your request has been sent; an administrator will answer by email.
notice-invitation-sent = The invitation has been sent.
notice-request-accepted = The request is accepted: the organisation exists and its contact has been invited.
notice-request-declined = The request is declined and the contact has been told why.
notice-organisation-saved = The organisation is saved.
notice-role-changed = Saved. If the role changed, that person signs in again to use it.
notice-welcome = Welcome to the Coalition Hub. Your account is ready.

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-no-account = No account yet? Accounts are for people in member organisations.
sign-in-already = You are signed in as { $name }.

forgot-title = Choose a new password
forgot-lead = Enter the email address of your account. We will send you a link to choose a new password.
forgot-submit = Send the link

reset-title = Choose a new password
reset-submit = Save the new password
reset-again = Ask for a new link

invitation-title = Accept your invitation
invitation-lead = You are invited to the Coalition Hub as { $email }, with the role { $role }. Choose your name and a password to finish.
invitation-lead-org = You are invited to the Coalition Hub as { $email }, for { $organisation }, with the role { $role }. Choose your name and a password to finish.
invitation-submit = Create my account
invitation-again = Ask an administrator for a new invitation

account-title = Your account
account-sign-in = Sign in to see this page.
account-role = Role
account-organisation = Organisation
account-no-organisation = No organisation
account-profile = Profile
account-password = Password
account-change-password = Change password
account-sessions = Where you are signed in
session-current = (this browser)
session-unknown-browser = Unknown browser
session-meta = From { $address } · signed in { $created } · last active { $seen }
session-revoke = Sign this session out
session-sign-out = Sign out here

role-member = Member
role-editor = Editor
role-admin = Administrator

members-title = Members
members-lead = The governments, schools of public administration, international organisations, universities, civil society groups and companies that make up the coalition.
members-filters = Filter the members
members-count = { $count ->
    [0] No organisations
    [one] 1 organisation
   *[other] { $count } organisations
}
members-empty = No member organisation matches these filters.
filter-group = Stakeholder group
filter-country = Country
filter-region = Region
filter-any = Any
filter-apply = Show
filter-clear = Clear the filters

group-government = Government
group-school-of-public-administration = School of public administration
group-international-organisation = International or intergovernmental organisation
group-academia = Academia
group-civil-society = Civil society
group-private-sector = Private sector
group-media = Media
group-technical-community = Technical community

region-africa = Africa
region-americas = Americas
region-asia = Asia
region-europe = Europe
region-oceania = Oceania
region-antarctica = Antarctica

org-people = People
org-people-empty = Nobody from this organisation is listed yet.
org-logo-alt = Logo of { $name }
org-current-logo = Current logo
org-edit = Edit this organisation

join-title = Ask to join the coalition
join-lead = Organisations working on the digital and AI competencies of civil servants are welcome. An administrator reads every request and answers by email.
join-organisation = Your organisation
join-contact = Contact person
join-submit = Send the request

admin-title = Administration
admin-join-requests = Requests to join
admin-invite = Invite a person
admin-new-organisation = Add an organisation
admin-people = People and roles
admin-audit = Audit log
join-requests-empty = No requests yet.
request-pending = Waiting
request-accepted = Accepted
request-declined = Declined
request-contact = Contact: { $name } ({ $email })
request-declined-because = Declined: { $reason }
request-accept = Accept and invite the contact
request-decline = Decline
invite-submit = Send the invitation
field-invitation-lang = Language of the invitation email
person-sessions = { $count ->
    [0] not signed in
    [one] 1 open session
   *[other] { $count } open sessions
}
audit-when = When
audit-who = Who
audit-what = Action
audit-target = On
audit-detail = Details
audit-from = From
audit-command-line = command line

mail-reset-subject = Choose a new password for the Coalition Hub
mail-reset-body = Hello { $name },

    Someone, probably you, asked to choose a new password for your Coalition Hub account.
    Open this link within one hour to do so:

    { $link }

    If it was not you, ignore this message: your password stays as it is.
mail-invite-subject = You are invited to the Coalition Hub ({ $organisation })
mail-invite-body = Hello,

    { $inviter } invites you to the Coalition Hub, for { $organisation }.
    Open this link within seven days to choose your name and a password:

    { $link }

    The link works once. If you did not expect this message, ignore it.
mail-declined-subject = Your request to join the Coalition Hub
mail-declined-body = Hello { $name },

    Thank you for the interest of { $organisation } in the coalition. We cannot accept the request at this time, for this reason:

    { $reason }

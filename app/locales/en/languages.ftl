## Interface languages: strings that read differently in each language

# A change of status in a review history ("Submitted → Approved"); the arrow points the
# way the language reads.
history-status-change = { $from } → { $to }

## Translation sets: one work in several languages

translations-also-in = Also in:
translations-outdated = This translation was made from an earlier version of the original, which has changed since.
translations-read-original = Read the original
translations-offer = Translate into another language
translations-role-original = Original
translations-role-translation = Translation
translations-role-outdated = Outdated translation

translations-start-title = Start a translation
translations-original-of-kind = The original ({ $kind })
translations-original-language = Written in:
translations-complete = This work already exists in all six languages.
translations-language-label = Translate into
translations-language-choose = Choose a language
translations-start-hint = A draft opens with the original’s text in it and the original beside it. It goes through the same review as any draft before readers see it.
translations-start-button = Start the translation
translations-source-title = The original ({ $from }); your translation: { $into }

translations-desk-title = What needs translating
translations-desk-link = What needs translating
translations-filter-language = Language
translations-filter-kind = Kind of content
translations-filter-all = All
translations-filter-button = Show
translations-desk-missing = Works missing a language
translations-desk-outdated = Outdated translations
translations-desk-none = Nothing here.
translations-col-work = Work
translations-col-kind = Kind
translations-col-original = Original language
translations-col-missing = Missing languages
translations-col-outdated = Outdated translations

translations-error-language = Choose one of the six languages: Arabic, Chinese, English, French, Russian or Spanish.
translations-error-exists = This work already has a version in this language.
translations-error-of-translation = This is a translation: start from the original instead.
translations-error-other-set = This item already belongs to the translations of another work.

notice-translation-started = Your translation draft is ready: the original’s text is in the form, to be rewritten in the new language.

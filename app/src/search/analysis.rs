//! Text analysis per language: which analyzer indexes a document, and the analyzers
//! themselves, registered on the index under stable names.

use std::sync::LazyLock;
use tantivy::Index;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter,
    TextAnalyzer, TokenStream as _, Tokenizer as _,
};

/// The languages that get their own fields, each with its analyzer, and `other` (plain
/// words, lower-cased, accents folded) for the rest. Adding a language: a slot here and an
/// arm in [`analyzer`].
pub const SLOTS: [&str; 7] = ["en", "fr", "es", "ru", "ar", "zh", "other"];

/// The analyzer of the language-independent `plain` field, used for typo tolerance.
pub const PLAIN: &str = "hub_plain";

/// Tokens longer than this (bytes) are dropped: they are data, not words.
const LONGEST_TOKEN: usize = 60;

/// The slot (index into [`SLOTS`]) of a BCP 47 language code.
pub fn slot(lang: &str) -> usize {
    let primary = lang.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    SLOTS.iter().position(|code| *code == primary).unwrap_or(SLOTS.len() - 1)
}

/// The analyzer name of a slot.
pub fn analyzer_name(slot: usize) -> String {
    format!("hub_{}", SLOTS[slot.min(SLOTS.len() - 1)])
}

fn stemmed(language: Language) -> TextAnalyzer {
    // Stem first, then fold accents, so that "compétences" and "competences" meet.
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(Stemmer::new(language))
        .filter(AsciiFoldingFilter)
        .build()
}

fn plain() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

fn analyzer(code: &str) -> TextAnalyzer {
    match code {
        "en" => stemmed(Language::English),
        "fr" => stemmed(Language::French),
        "es" => stemmed(Language::Spanish),
        "ru" => stemmed(Language::Russian),
        "ar" => stemmed(Language::Arabic),
        // Chinese has no spaces between words: jieba segments it with its dictionary.
        "zh" => TextAnalyzer::builder(tantivy_jieba::JiebaTokenizer::new())
            .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
            .filter(LowerCaser)
            .build(),
        _ => plain(),
    }
}

/// Registers every analyzer on `index`.
pub fn register(index: &Index) {
    let tokenizers = index.tokenizers();
    for (slot, code) in SLOTS.iter().enumerate() {
        tokenizers.register(&analyzer_name(slot), analyzer(code));
    }
    tokenizers.register(PLAIN, plain());
}

/// The plain words of `text` (lower-cased, accents folded), as the `plain` field sees them.
pub fn plain_words(text: &str) -> Vec<String> {
    let mut analyzer = plain();
    let mut stream = analyzer.token_stream(text);
    let mut words = Vec::new();
    while let Some(token) = stream.next() {
        words.push(token.text.clone());
    }
    words
}

/// Arabic and Chinese function words (the index's stop-word lists have none for them).
const MORE_STOP_WORDS: &[&str] = &[
    "في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "هذا", "هذه", "التي", "الذي", "بين", "دون",
    "ب", "ل", "ما", "لا", "كل", "的", "和", "与", "及", "或", "在", "了", "是", "对", "用",
];

/// Whether `word` (one token) is a function word of one of the hub's languages.
fn is_stop_word(word: &str) -> bool {
    static STOP: LazyLock<TextAnalyzer> = LazyLock::new(|| {
        let mut builder = TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).dynamic();
        for language in [Language::English, Language::French, Language::Spanish, Language::Russian] {
            if let Some(filter) = StopWordFilter::new(language) {
                builder = builder.filter_dynamic(filter);
            }
        }
        builder
            .filter_dynamic(StopWordFilter::remove(MORE_STOP_WORDS.iter().map(|w| (*w).to_owned())))
            .build()
    });
    if MORE_STOP_WORDS.contains(&word) {
        return true;
    }
    let mut analyzer = STOP.clone();
    let mut stream = analyzer.token_stream(word);
    stream.next().is_none()
}

fn has_unspaced_script(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'))
}

/// The words of a query that carry its meaning, as typed: Chinese split into its words,
/// function words ("the", "de", "для") and lone letters (the "d" of "d'état") left out, unless
/// nothing else is left.
pub fn query_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut push = |word: &str| {
        if word.chars().any(char::is_alphanumeric) {
            words.push(word.to_owned());
        }
    };
    if has_unspaced_script(text) {
        let mut jieba = tantivy_jieba::JiebaTokenizer::new();
        let mut stream = jieba.token_stream(text);
        while let Some(token) = stream.next() {
            push(&token.text);
        }
    } else {
        let mut simple = SimpleTokenizer::default();
        let mut stream = simple.token_stream(text);
        while let Some(token) = stream.next() {
            push(&token.text);
        }
    }
    let meaningful: Vec<String> = words
        .iter()
        .filter(|word| !(word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic())))
        .filter(|word| !is_stop_word(word))
        .cloned()
        .collect();
    if meaningful.is_empty() { words } else { meaningful }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(code: &str, text: &str) -> Vec<String> {
        let mut analyzer = analyzer(code);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.text.clone());
        }
        out
    }

    #[test]
    fn french_plural_and_singular_meet() {
        assert_eq!(tokens("fr", "compétences numériques"), tokens("fr", "compétence numérique"));
        assert_eq!(tokens("fr", "competences numeriques"), tokens("fr", "compétences numériques"));
    }

    #[test]
    fn english_spanish_russian_and_arabic_are_stemmed() {
        assert_eq!(tokens("en", "governments"), tokens("en", "government"));
        assert_eq!(tokens("es", "funcionarios digitales"), tokens("es", "funcionario digital"));
        assert_eq!(tokens("ru", "цифровых навыков"), tokens("ru", "цифровые навыки"));
        assert_eq!(tokens("ar", "الحكومات"), tokens("ar", "الحكومة"));
    }

    #[test]
    fn chinese_is_split_into_words() {
        let words = tokens("zh", "数字政府能力建设");
        assert!(words.len() >= 3, "{words:?}");
        assert!(words.iter().any(|w| w == "政府"), "{words:?}");
    }

    #[test]
    fn queries_keep_their_meaningful_words() {
        assert_eq!(query_words("teaching children to program"), ["teaching", "children", "program"]);
        assert_eq!(query_words("logiciel d'état civil"), ["logiciel", "état", "civil"]);
        assert_eq!(query_words("datos de salud y educación"), ["datos", "salud", "educación"]);
        assert_eq!(query_words("数字身份"), ["数字", "身份"]);
        assert_eq!(query_words("the"), ["the"]);
    }

    #[test]
    fn languages_map_to_slots() {
        assert_eq!(SLOTS[slot("fr-CA")], "fr");
        assert_eq!(SLOTS[slot("ZH")], "zh");
        assert_eq!(SLOTS[slot("pt")], "other");
    }
}

//! Text analysis per language: which analyzer indexes a document, and the analyzers
//! themselves, registered on the index under stable names.

use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
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
    fn languages_map_to_slots() {
        assert_eq!(SLOTS[slot("fr-CA")], "fr");
        assert_eq!(SLOTS[slot("ZH")], "zh");
        assert_eq!(SLOTS[slot("pt")], "other");
    }
}

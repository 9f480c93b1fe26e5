//! What the index holds of an item, whatever its kind, and who may see it.

use time::Date;

use super::params::FacetName;

/// Who may read an item. Stored with every document and filtered at query time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Anyone, signed in or not.
    Public,
    /// Signed-in members of the hub.
    Members,
    /// Members of one working group.
    Group(i64),
}

impl Audience {
    /// The term stored in the index.
    pub fn term(&self) -> String {
        match self {
            Audience::Public => "public".to_owned(),
            Audience::Members => "members".to_owned(),
            Audience::Group(id) => format!("group:{id}"),
        }
    }
}

/// Who is searching: the audiences whose items they may see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    audiences: Vec<Audience>,
}

impl Viewer {
    /// A reader without an account.
    pub fn public() -> Viewer {
        Viewer { audiences: vec![Audience::Public] }
    }

    /// A signed-in member of the given working groups.
    pub fn member(groups: impl IntoIterator<Item = i64>) -> Viewer {
        let mut audiences = vec![Audience::Public, Audience::Members];
        audiences.extend(groups.into_iter().map(Audience::Group));
        Viewer { audiences }
    }

    /// The audience terms this viewer may see.
    pub fn terms(&self) -> Vec<String> {
        self.audiences.iter().map(Audience::term).collect()
    }
}

/// One searchable item, built by its kind's source from the database.
#[derive(Clone, Debug)]
pub struct SearchDoc {
    /// Kind of item (`article`, …); also a facet value.
    pub kind: &'static str,
    /// Key of the item in its table.
    pub id: i64,
    /// Where the item is read.
    pub url: String,
    /// Title, plain text.
    pub title: String,
    /// One or two sentences, plain text.
    pub summary: String,
    /// The whole text, plain.
    pub body: String,
    /// BCP 47 language of the text.
    pub lang: String,
    /// Publication date.
    pub date: Date,
    /// Name of the organisation behind it, if any.
    pub organisation: Option<String>,
    /// Who may see it.
    pub audience: Audience,
    /// Taxonomy tags (kind, language and year are added from the fields above).
    pub tags: Vec<(FacetName, String)>,
    /// How complete the item is, 0–100, for the "most complete" order (cases; 0 otherwise).
    pub completeness: u64,
}

/// What the index writes for one work: the document of its main version and the other
/// published versions of the same work (other languages), found through it.
#[derive(Clone, Debug)]
pub struct WorkDoc {
    /// The version results show by default (the original, where it is published).
    pub doc: SearchDoc,
    /// Its other published versions.
    pub versions: Vec<SearchDoc>,
}

impl WorkDoc {
    /// An item in no translation set.
    pub fn single(doc: SearchDoc) -> WorkDoc {
        WorkDoc { doc, versions: Vec::new() }
    }
}

impl SearchDoc {
    /// The document's unique key in the index.
    pub fn key(&self) -> String {
        key(self.kind, self.id)
    }
}

/// The index key of item `id` of `kind`.
pub fn key(kind: &str, id: i64) -> String {
    format!("{kind}:{id}")
}

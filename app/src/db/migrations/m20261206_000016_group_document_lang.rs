//! The language a group document (and so its published output) is written in, one of the six
//! UN languages. Existing documents read English, the language groups wrote in so far,
//! unless their title and current text are plainly in Arabic, Chinese or Russian script.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::string_len;
use sea_orm_migration::sea_orm::{ConnectionTrait, FromQueryResult};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum GroupDocuments {
    Table,
    Id,
    Lang,
    Title,
    HeadRevisionId,
}

#[derive(DeriveIden)]
enum GroupDocumentRevisions {
    Table,
    Id,
    Body,
}

#[derive(FromQueryResult)]
struct Written {
    id: i64,
    title: String,
    body: Option<String>,
}

/// The language whose script most letters of `text` are in, when that script names one of
/// the six languages by itself (Arabic, Chinese, Russian); none for Latin script.
fn script_language(text: &str) -> Option<&'static str> {
    let (mut arabic, mut han, mut cyrillic, mut other) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(4_000) {
        match c as u32 {
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                arabic += 1;
            }
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => han += 1,
            0x0400..=0x04FF => cyrillic += 1,
            _ => other += 1,
        }
    }
    let (count, lang) =
        [(arabic, "ar"), (han, "zh"), (cyrillic, "ru")].into_iter().max_by_key(|(n, _)| *n)?;
    (count > other).then_some(lang)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(GroupDocuments::Table)
                    .add_column(string_len(GroupDocuments::Lang, 16).default("en"))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let select = Query::select()
            .column((GroupDocuments::Table, GroupDocuments::Id))
            .column((GroupDocuments::Table, GroupDocuments::Title))
            .column((GroupDocumentRevisions::Table, GroupDocumentRevisions::Body))
            .from(GroupDocuments::Table)
            .left_join(
                GroupDocumentRevisions::Table,
                Expr::col((GroupDocumentRevisions::Table, GroupDocumentRevisions::Id))
                    .equals((GroupDocuments::Table, GroupDocuments::HeadRevisionId)),
            )
            .to_owned();
        let rows = Written::find_by_statement(db.get_database_backend().build(&select)).all(db).await?;
        for row in rows {
            let text = format!("{} {}", row.title, row.body.unwrap_or_default());
            if let Some(lang) = script_language(&text) {
                let update = Query::update()
                    .table(GroupDocuments::Table)
                    .value(GroupDocuments::Lang, lang)
                    .and_where(Expr::col(GroupDocuments::Id).eq(row.id))
                    .to_owned();
                db.execute(&update).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(GroupDocuments::Table).drop_column(GroupDocuments::Lang).to_owned(),
            )
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::script_language;

    #[test]
    fn only_a_script_that_names_one_language_decides() {
        assert_eq!(script_language("دليل الكفاءات الرقمية"), Some("ar"));
        assert_eq!(script_language("数字能力指南"), Some("zh"));
        assert_eq!(script_language("Руководство по цифровым компетенциям"), Some("ru"));
        assert_eq!(script_language("Guide des compétences numériques"), None);
        assert_eq!(script_language("AI guide: 人工智能"), None, "most letters are Latin");
        assert_eq!(script_language(""), None);
    }
}

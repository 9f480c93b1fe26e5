//! One taxonomy tag of an article: a facet (`domain`, `wsis`, `sdg`, `country`, `level`,
//! `theme`) and a code from `content/taxonomy/`; also `author` (a slug of the author's name),
//! so author pages are one indexed lookup.

use sea_orm::entity::prelude::*;

/// A row of `article_tags`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "article_tags")]
pub struct Model {
    /// The article.
    #[sea_orm(primary_key, auto_increment = false)]
    pub article_id: i64,
    /// The facet.
    #[sea_orm(primary_key, auto_increment = false)]
    pub facet: String,
    /// The code within the facet.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
}

/// Relations of `article_tags`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The tagged article.
    #[sea_orm(
        belongs_to = "super::article::Entity",
        from = "Column::ArticleId",
        to = "super::article::Column::Id",
        on_delete = "Cascade"
    )]
    Article,
}

impl Related<super::article::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Article.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

//! Theme groups on PocketBase: members and requests, roles, creating and editing
//! themes. The API rules decide who may do what (pb_migrations 0001 and 0010); these
//! calls only say it.

use super::filter::Filter;
use super::records::{PbMembership, PbTheme};
use super::{path_segment, record_path, ListRequest, PocketBase};
use crate::backend::http::Method;
use crate::backend::Backend;
use crate::backend::{BackendError, LAST_OWNER};
use crate::model::account::codes;
use crate::model::{MemberId, Membership, MembershipId, Theme, ThemeDraft, ThemeId, ThemeMember, ThemeRole};
use serde::Deserialize;
use serde_json::json;

impl PocketBase {
    pub(super) async fn theme_members_of(&self, theme: &ThemeId) -> Result<Vec<ThemeMember>, BackendError> {
        // Visitors and outsiders read no memberships at all (the rules give them an empty
        // list); say so rather than show an empty group.
        if self.session().is_none() {
            return Err(BackendError::Forbidden);
        }
        let mut request = ListRequest::new("memberships");
        request.filter = Some(Filter::eq("theme", theme.as_str()));
        request.sort = "created,id";
        let rows: Vec<PbMembership> = self.list_all(request).await?;
        if rows.is_empty() {
            return Err(BackendError::Forbidden);
        }
        let names = self.author_names(rows.iter().map(|r| r.member.as_str())).await?;
        rows.into_iter().map(|r| r.into_theme_member(&names)).collect()
    }

    pub(super) async fn memberships_of_mine(&self) -> Result<Vec<Membership>, BackendError> {
        let Ok(me) = self.me() else {
            return Ok(Vec::new());
        };
        let mut request = ListRequest::new("memberships");
        request.filter = Some(Filter::eq("member", me.id.as_str()));
        let rows: Vec<PbMembership> = self.list_all(request).await?;
        rows.into_iter().map(Membership::try_from).collect()
    }

    /// Members when the host's `settings` record says so, else admins only.
    pub(super) async fn theme_creation_allowed(&self) -> Result<bool, BackendError> {
        let Ok(me) = self.me() else {
            return Ok(false);
        };
        #[derive(Deserialize)]
        struct Settings {
            theme_creation: String,
        }
        #[derive(Deserialize)]
        struct Admin {
            #[serde(default)]
            is_admin: bool,
        }
        let mut request = ListRequest::new("settings");
        request.page = crate::model::PageRequest::new(1, 1);
        let settings: super::PbList<Settings> = self.list(&request).await?.decode()?;
        if settings.items.first().is_some_and(|s| s.theme_creation == "members") {
            return Ok(true);
        }
        let path = format!("{}?fields=is_admin", record_path("members", me.id.as_str())?);
        Ok(self.get(&path).await?.decode::<Admin>()?.is_admin)
    }

    pub(super) async fn save_theme(&self, id: Option<&ThemeId>, draft: &ThemeDraft) -> Result<Theme, BackendError> {
        let mut body = json!({
            "name": draft.name.trim(),
            "summary": draft.summary.trim(),
            "description": draft.description,
            "access": draft.access.as_str(),
            "tags": draft.tags,
        });
        let result = match id {
            Some(id) => {
                let path = record_path("themes", id.as_str())?;
                self.send_json(Method::Patch, &path, body).await
            }
            None => {
                body["slug"] = json!(draft.slug);
                self.send_json(Method::Post, "/api/collections/themes/records", body)
                    .await
            }
        };
        match result.map_err(|e| e.renamed_field("name", "theme_name")) {
            Ok(answer) => Theme::try_from(answer.decode::<PbTheme>()?),
            // The unique index on the slug: another theme has this address.
            Err(BackendError::Conflict(_)) if id.is_none() => Err(BackendError::Validation(
                [("slug".to_owned(), codes::TAKEN.to_owned())].into(),
            )),
            Err(other) => Err(other),
        }
    }

    pub(super) async fn patch_membership(
        &self,
        id: &MembershipId,
        body: serde_json::Value,
    ) -> Result<(), BackendError> {
        let path = record_path("memberships", id.as_str())?;
        self.send_json(Method::Patch, &path, body).await.map(drop)
    }

    pub(super) async fn set_role(&self, id: &MembershipId, role: ThemeRole) -> Result<(), BackendError> {
        let role = match role {
            ThemeRole::Member => "member",
            ThemeRole::Moderator => "moderator",
            ThemeRole::Owner => "owner",
        };
        self.patch_membership(id, json!({ "role": role })).await
    }

    /// Deletes a membership; pb_hooks refuses the last owner's with a `role` error.
    pub(super) async fn drop_membership(&self, id: &MembershipId) -> Result<(), BackendError> {
        path_segment(id.as_str())?;
        match self.delete("memberships", id.as_str()).await {
            Err(BackendError::Validation(fields)) if fields.get("role").is_some_and(|c| c == LAST_OWNER) => {
                Err(BackendError::Conflict(LAST_OWNER.into()))
            }
            other => other,
        }
    }

    pub(super) async fn add_member(&self, theme: &ThemeId, member: &MemberId) -> Result<(), BackendError> {
        let body = json!({
            "theme": theme.as_str(),
            "member": member.as_str(),
            "role": "member",
            "status": "active",
        });
        match self
            .send_json(Method::Post, "/api/collections/memberships/records", body)
            .await
        {
            // Already a member, or asked to be: the unique index on (theme, member).
            Err(BackendError::Conflict(_)) => Err(BackendError::Conflict("already_member".into())),
            other => other.map(drop),
        }
    }
}

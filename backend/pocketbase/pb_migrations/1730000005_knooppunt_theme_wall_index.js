// A theme's wall lists its pinned posts first (the app sorts `-pinned,-created,id`
// when it filters on a theme). Without an index in that order SQLite sorts every
// post of the theme for each page.

const NAME = "idx_posts_theme_pinned_created";

migrate((app) => {
  const posts = app.findCollectionByNameOrId("posts");
  posts.indexes.push(`CREATE INDEX ${NAME} ON posts (theme, pinned DESC, created DESC)`);
  app.save(posts);
}, (app) => {
  const posts = app.findCollectionByNameOrId("posts");
  posts.indexes = posts.indexes.filter((sql) => !sql.includes(NAME));
  app.save(posts);
});

//! The database connection over TLS: `sslmode=verify-full` with the server's certificate
//! authority as `sslrootcert` connects encrypted, and refuses a server it cannot verify.

use sea_orm::ConnectionTrait as _;

/// The test server's address (`127.0.0.1:port`) and its certificate authority, when the CI
/// set-up started it with TLS.
fn tls_server() -> Option<(String, String)> {
    let (Ok(url), Ok(ca)) = (std::env::var("HUB_TEST_POSTGRES_URL"), std::env::var("HUB_TEST_POSTGRES_CA"))
    else {
        assert!(std::env::var_os("CI").is_none(), "CI must start PostgreSQL with TLS (HUB_TEST_POSTGRES_CA)");
        eprintln!("skipped: HUB_TEST_POSTGRES_CA is not set");
        return None;
    };
    let address = url.split_once('@')?.1.split('/').next()?.to_owned();
    Some((address, ca))
}

async fn encrypted(db: &app::db::DatabaseConnection) -> bool {
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT ssl::text AS ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
        ))
        .await
        .expect("query")
        .expect("a row");
    row.try_get::<String>("", "ssl").expect("ssl") == "true"
}

#[tokio::test]
async fn verify_full_connects_encrypted_and_refuses_an_unknown_authority() {
    let Some((address, ca)) = tls_server() else { return };
    let port = address.rsplit_once(':').map(|(_, port)| port.to_owned()).expect("port");
    for host in ["localhost", "127.0.0.1"] {
        let url = format!("postgres://postgres@{host}:{port}/postgres?sslmode=verify-full&sslrootcert={ca}");
        let db = app::db::connect_and_migrate(&url).await.expect("verify-full connects");
        assert!(encrypted(&db).await, "{host}: the connection is encrypted");
    }
    let required = app::db::connect(&format!("postgres://postgres@{address}/postgres?sslmode=require"))
        .await
        .expect("require connects");
    assert!(encrypted(&required).await);
    let plain = app::db::connect(&format!("postgres://postgres@{address}/postgres?sslmode=disable"))
        .await
        .expect("plain connects");
    assert!(!encrypted(&plain).await, "the check can tell");

    // An authority that did not sign the server's certificate.
    let dir = tempfile::tempdir().expect("temp dir");
    let other = dir.path().join("other-ca.crt");
    let made = std::process::Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Someone else"])
        .arg("-keyout")
        .arg(dir.path().join("other.key"))
        .arg("-out")
        .arg(&other)
        .output()
        .expect("openssl");
    assert!(made.status.success());
    let url = format!(
        "postgres://postgres@localhost:{port}/postgres?sslmode=verify-full&sslrootcert={}",
        other.display()
    );
    assert!(app::db::connect(&url).await.is_err(), "a server that cannot be verified is refused");
}

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/notes")
        .header("Content-Type", "text/plain")
        .body(r#"

BODYBODY
  BODY2 indented
EOF
"#)
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

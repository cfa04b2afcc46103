use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/i18n")
        .header("X-Name", "Zoë ✓ 😀")
        .header("X-Latin", "café")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/me")
        .basic_auth("{{username}}", Some("{{password}}"))
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

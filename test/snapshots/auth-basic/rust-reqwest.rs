use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/me")
        .header("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/me")
        .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/empty")
        .header("X-Empty", "")
        .header("X-After", "set")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

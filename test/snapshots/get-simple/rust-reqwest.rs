use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/v1/users?limit=10&page=2")
        .header("Accept", "application/json")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

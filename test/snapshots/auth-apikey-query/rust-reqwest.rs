use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

use reqwest::blocking::Client;
use reqwest::Method;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .request(Method::from_bytes(b"OPTIONS")?, "{{baseUrl}}/cors")
        .header("Origin", "https://app.example.com")
        .header("Access-Control-Request-Method", "PUT")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

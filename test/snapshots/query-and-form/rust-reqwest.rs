use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/login?next=/home&lang=en")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("user=ann%40example.com&pass=p%40ss%20w0rd%26")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

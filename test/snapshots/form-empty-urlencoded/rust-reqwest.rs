use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .put("{{baseUrl}}/settings")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Keep", "yes")
        .body("")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")
        .header("X-API-Key", "{{api_key}}")
        .header("Cookie", "session={{session_id}}; api_key={{api_key}}")
        .header("X-Note", "\"; rm -rf ~; \"")
        .header("Authorization", "Bearer {{bearerAuth}}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

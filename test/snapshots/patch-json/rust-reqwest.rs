use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .patch("{{baseUrl}}/v1/users/{{userId}}")
        .header("If-Match", "W/\"etag-1\"")
        .header("X-Request-Id", "{{requestId}}")
        .header("Content-Type", "application/json")
        .body("{\"name\": \"{{newName}}\", \"active\": true}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

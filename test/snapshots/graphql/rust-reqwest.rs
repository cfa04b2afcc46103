use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/graphql")
        .header("Content-Type", "application/json")
        .body("{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}

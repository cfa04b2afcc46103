fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/graphql")
        .header("Content-Type", "application/json")
        .send("{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}

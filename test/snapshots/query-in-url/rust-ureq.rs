fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}

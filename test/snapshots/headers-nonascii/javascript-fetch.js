const requestOptions = {
  method: "GET",
  headers: {
    "X-Name": String.fromCharCode(...new TextEncoder().encode("Zoë ✓ 😀")),
    "X-Latin": String.fromCharCode(...new TextEncoder().encode("café"))
  }
};

fetch("{{baseUrl}}/i18n", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));

const config = {
  method: "GET",
  url: "{{baseUrl}}/i18n",
  headers: {
    "X-Name": String.fromCharCode(...new TextEncoder().encode("Zoë ✓ 😀")),
    "X-Latin": String.fromCharCode(...new TextEncoder().encode("café"))
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));

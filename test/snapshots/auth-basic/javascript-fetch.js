const requestOptions = {
  method: "GET",
  headers: {
    "Authorization": "Basic YW5uOnBAc3M6d8O2cmQ="
  }
};

fetch("{{baseUrl}}/me", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));

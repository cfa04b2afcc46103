const requestOptions = {
  method: "DELETE",
  headers: {
    "Content-Type": "application/json"
  },
  body: '{"ids": [1, 2, 3]}'
};

fetch("{{baseUrl}}/items", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));

const config = {
  method: "DELETE",
  url: "{{baseUrl}}/items",
  headers: {
    "Content-Type": "application/json"
  },
  data: '{"ids": [1, 2, 3]}'
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));

package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/json")
	req.SetBody("{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}")

	resp, err := req.Execute("POST", "{{baseUrl}}/graphql")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}

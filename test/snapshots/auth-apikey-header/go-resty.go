package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("X-API-Key", "k3y$#{x}")

	resp, err := req.Execute("GET", "{{baseUrl}}/reports")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
